ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of old books.", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "It smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}
state = {"room": "hall", "inventory": [], "moves": 0}


def do(command):
    verb, _, noun = command.partition(" ")
    room = ROOMS[state["room"]]
    match verb:
        case "look":
            items = ", ".join(room["items"]) or "nothing"
            return f"{room['desc']} Exits: {', '.join(sorted(room['exits']))}. You see: {items}."
        case "go" | "walk" if noun in room["exits"]:
            target = room["exits"][noun]
            if ROOMS[target].get("locked") and "key" not in state["inventory"]:
                return "The way is locked."
            state["room"] = target
            state["moves"] += 1
            return f"You go {noun} to the {target}."
        case "go" | "walk":
            return f"You can't go {noun or 'nowhere'}."
        case "take" if noun in room["items"]:
            room["items"].remove(noun)
            state["inventory"].append(noun)
            return f"Taken: {noun}."
        case "take":
            return f"There is no {noun} here."
        case "inv" | "inventory":
            return "You carry: " + (", ".join(sorted(state["inventory"])) or "nothing")
        case _:
            return f"I don't understand {command!r}."


for line in iter(input, "quit"):
    print(f"> {line}")
    print(do(line.strip().lower()))
    if "treasure" in state["inventory"]:
        print(f"You win in {state['moves']} moves!")
        break
