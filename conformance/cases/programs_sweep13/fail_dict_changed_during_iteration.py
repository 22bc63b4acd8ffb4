stock = {"apples": 0, "pears": 4, "plums": 0, "kiwis": 9}
print({k: v for k, v in stock.items() if v})
for fruit, qty in stock.items():
    if qty == 0:
        print("removing", fruit)
        del stock[fruit]
