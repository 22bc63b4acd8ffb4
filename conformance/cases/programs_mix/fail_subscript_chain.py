inventory = {
    "warehouse": {
        "north": {"bolts": [10, 20, 30], "nuts": [5]},
        "south": {"bolts": [7], "nuts": []},
    }
}


def stock(region, part, slot):
    return inventory["warehouse"][region][part][slot]


print(stock("north", "bolts", 2), stock("south", "bolts", -1))
counts = {region: sum(len(v) for v in parts.values()) for region, parts in inventory["warehouse"].items()}
print(counts)
print(stock("south", "nuts", 0))
