def total_price(items):
    subtotal = sum(price * qty for price, qty in items)
    return subtotl * 1.08


print(total_price([(2.5, 4)]))
