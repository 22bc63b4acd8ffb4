# A scripted text adventure: rooms as dicts, commands as a list.
rooms = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of books", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "darkness", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}
state = {"room": "hall", "inventory": [], "moves": 0}
script = ["look", "take lamp", "go north", "take key", "take sword", "go south", "go east",
          "go down", "take treasure", "inventory", "go up", "dance"]
for command in script:
    verb, _, noun = command.partition(" ")
    room = rooms[state["room"]]
    state["moves"] += 1
    if verb == "look":
        print(f"You see {room['desc']}. Items: {', '.join(room['items']) or 'none'}.")
    elif verb == "take":
        if noun in room["items"]:
            room["items"].remove(noun)
            state["inventory"].append(noun)
            print("Taken:", noun)
        else:
            print("No", noun, "here.")
    elif verb == "go":
        target = room["exits"].get(noun)
        if target is None:
            print("You can't go", noun)
        elif rooms[target].get("locked") and "key" not in state["inventory"]:
            print("The way", noun, "is locked.")
        else:
            state["room"] = target
            print("You enter the", target)
    elif verb == "inventory":
        print("Carrying:", sorted(state["inventory"]))
    else:
        print("I don't know how to", repr(verb))
print(state)
