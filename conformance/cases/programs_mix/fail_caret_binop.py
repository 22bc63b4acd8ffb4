prices = {"apple": 1.25, "pear": 0.8, "kiwi": "0.5"}
basket = [("apple", 4), ("pear", 10), ("kiwi", 3)]


def line_total(name, qty):
    unit = prices[name]
    return qty * unit + 0.0 * qty


def receipt(items):
    total = 0
    for name, qty in items:
        sub = line_total(name, qty)
        total = total + sub
        print(f"{name:<6} x{qty:<3} {sub:>8}")
    return total


print(receipt(basket))
