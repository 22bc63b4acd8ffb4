def add_item(cart, item):
    cart.append(item)


cart = []
cart = add_item(cart, "milk")
print("cart is", cart)
add_item(cart, "bread")
