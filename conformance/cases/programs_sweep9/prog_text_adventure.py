ROOMS = {
    "hall": {"desc": "A long hall.", "exits": {"north": "kitchen", "east": "study"}, "items": ["lamp"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"south": "hall"}, "items": ["knife", "bread"]},
    "study": {"desc": "Books everywhere.", "exits": {"west": "hall"}, "items": []},
}
class Game:
    def __init__(self):
        self.room = "hall"
        self.inv = []
        self.moves = 0
    def do(self, line):
        self.moves += 1
        match line.lower().split():
            case ["look"] | ["l"]:
                r = ROOMS[self.room]
                return f"{r['desc']} Exits: {', '.join(sorted(r['exits']))}. Items: {r['items'] or 'none'}"
            case ["go", d] | [("north" | "south" | "east" | "west") as d]:
                nxt = ROOMS[self.room]["exits"].get(d)
                if nxt is None:
                    return f"You can't go {d}."
                self.room = nxt
                return f"You go {d} to the {nxt}."
            case ["take", item] if item in ROOMS[self.room]["items"]:
                ROOMS[self.room]["items"].remove(item)
                self.inv.append(item)
                return f"Taken {item}."
            case ["take", item]:
                return f"No {item} here."
            case ["drop", *items] if items:
                dropped = [i for i in items if i in self.inv]
                for i in dropped:
                    self.inv.remove(i); ROOMS[self.room]["items"].append(i)
                return f"Dropped {dropped}" if dropped else "Nothing dropped."
            case ["inventory" | "i"]:
                return f"You carry: {self.inv}"
            case []:
                self.moves -= 1
                return "Say something."
            case [verb, *_]:
                return f"I don't know how to {verb!r}."
g = Game()
for cmd in ["look", "take lamp", "north", "take bread", "take sword", "go east", "south", "east", "drop lamp bread x", "look", "", "i", "dance now"]:
    print(f"> {cmd}\n{g.do(cmd)}")
print("moves:", g.moves)
