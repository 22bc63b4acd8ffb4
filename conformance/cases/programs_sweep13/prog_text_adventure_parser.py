ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of old books.", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "It smells of bread.", "exits": {"west": "hall"}, "items": []},
}
ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "get": "take", "inv": "inventory"}


def play(commands):
    room, bag = "hall", []
    for raw in commands:
        words = [ALIASES.get(w, w) for w in raw.lower().split()]
        verb, *rest = words or ["look"]
        if verb in ("north", "south", "east", "west"):
            rest, verb = [verb], "go"
        match verb, rest:
            case "go", [direction]:
                if direction in ROOMS[room]["exits"]:
                    room = ROOMS[room]["exits"][direction]
                    print(f"> {raw}: you enter the {room}. {ROOMS[room]['desc']}")
                else:
                    print(f"> {raw}: you can't go {direction}.")
            case "take", [thing] if thing in ROOMS[room]["items"]:
                ROOMS[room]["items"].remove(thing)
                bag.append(thing)
                print(f"> {raw}: taken {thing}.")
            case "take", [thing]:
                print(f"> {raw}: no {thing} here.")
            case "inventory", []:
                print(f"> {raw}: you carry {', '.join(bag) or 'nothing'}.")
            case "look", []:
                items = ROOMS[room]["items"]
                print(f"> {raw}: {ROOMS[room]['desc']} Exits: {', '.join(sorted(ROOMS[room]['exits']))}." + (f" You see: {', '.join(items)}." if items else ""))
            case _:
                print(f"> {raw}: I don't understand.")
    return room, bag


print(play(["look", "get lamp", "n", "take key", "take sword", "s", "e", "w", "west", "inv", "dance wildly"]))
