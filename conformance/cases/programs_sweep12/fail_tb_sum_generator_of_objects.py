class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price


cart = [Item("pen", 1.5), Item("ink", 3.25), Item("pad", 2)]
print(sum(i.price for i in cart))
cart.append(Item("gift card", "10.00"))
print(sum(i.price for i in cart))
