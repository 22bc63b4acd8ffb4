def price(item):
    return item["price"]
cart = [{"price": 3}, {"cost": 4}]
total = (
    price(cart[0])
    + price(
        cart[1]
    )
)
