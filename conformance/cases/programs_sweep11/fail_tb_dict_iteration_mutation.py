stock = {"a": 0, "b": 2, "c": 0}
for k, v in stock.items():
    if v == 0:
        del stock[k]
print(stock)
