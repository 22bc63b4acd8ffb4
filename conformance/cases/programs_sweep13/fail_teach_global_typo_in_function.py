inventory = {"apples": 3, "pears": 0}


def restock(item, count):
    inventory[item] = inventroy.get(item, 0) + count


print(inventory)
restock("pears", 5)
