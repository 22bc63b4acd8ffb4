class Room:
    def __init__(self, name, desc):
        self.name = name
        self.desc = desc
        self.exits = {}
        self.items = set()

    def link(self, direction, other, back):
        self.exits[direction] = other
        other.exits[back] = self

    def __str__(self):
        ex = ", ".join(sorted(self.exits)) or "none"
        it = ", ".join(sorted(self.items)) or "nothing"
        return f"[{self.name}] {self.desc} Exits: {ex}. You see: {it}."


class Player:
    def __init__(self, room):
        self.room = room
        self.bag = []

    def do(self, line):
        verb, _, noun = line.partition(" ")
        if verb == "go":
            try:
                self.room = self.room.exits[noun]
            except KeyError:
                return f"You can't go {noun}."
            return str(self.room)
        if verb == "take":
            if noun not in self.room.items:
                return f"No {noun} here."
            self.room.items.remove(noun)
            self.bag.append(noun)
            return f"Taken: {noun}."
        if verb == "inv":
            return "Carrying: " + (", ".join(self.bag) if self.bag else "nothing")
        return f"I don't know how to {verb!r}."


hall = Room("Hall", "A dusty hall.")
lib = Room("Library", "Shelves everywhere.")
vault = Room("Vault", "Cold and dark.")
hall.link("north", lib, "south")
lib.link("east", vault, "west")
lib.items |= {"book", "candle"}
vault.items.add("gold")
p = Player(hall)
for cmd in ["go north", "take book", "take sword", "go east", "take gold", "go up", "inv", "dance", "go west"]:
    print(">", cmd)
    print(p.do(cmd))
