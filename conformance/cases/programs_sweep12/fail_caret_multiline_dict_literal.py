prices = {"apple": 1.2, "pear": 0.8}
stock = {"apple": 10, "pear": 0}


def valuation(names):
    return {
        name: prices[name]
        * stock[name]
        for name in names
    }


print(valuation(["apple", "pear"]))
print(valuation(["pear", "plum"]))
