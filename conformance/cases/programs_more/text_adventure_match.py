ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of books.", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.over = False

    def handle(self, line):
        words = line.lower().split()
        match words:
            case []:
                return "Say something."
            case ["go" | "walk", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
                return self.go(direction)
            case ["take", item]:
                return self.take(item)
            case ["drop", *items] if items:
                return ", ".join(self.drop(i) for i in items)
            case ["inventory" | "inv"]:
                return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
            case ["look"]:
                r = ROOMS[self.room]
                return f"{r['desc']} Exits: {', '.join(sorted(r['exits']))}. Items: {r['items']}"
            case ["quit"]:
                self.over = True
                return "Bye."
            case [verb, *_]:
                return f"I don't know how to {verb!r}."

    def go(self, d):
        exits = ROOMS[self.room]["exits"]
        if d not in exits:
            return "You can't go that way."
        target = exits[d]
        if ROOMS[target].get("locked") and "key" not in self.inventory:
            return "The door is locked."
        self.room = target
        self.moves += 1
        return f"You are in the {target}."

    def take(self, item):
        items = ROOMS[self.room]["items"]
        if item in items:
            items.remove(item)
            self.inventory.append(item)
            if item == "treasure":
                self.over = True
                return f"You win in {self.moves} moves!"
            return f"Taken {item}."
        return f"No {item} here."

    def drop(self, item):
        if item in self.inventory:
            self.inventory.remove(item)
            ROOMS[self.room]["items"].append(item)
            return f"dropped {item}"
        return f"no {item}"

g = Game()
script = ["look", "take lamp", "east", "down", "go west", "north", "take key", "take book", "inv",
          "drop book lamp sword", "", "dance wildly", "south", "east", "down", "look", "take treasure", "look"]
for cmd in script:
    if g.over:
        break
    print(f"> {cmd}")
    print(g.handle(cmd))
print(g.moves, sorted(g.inventory))
