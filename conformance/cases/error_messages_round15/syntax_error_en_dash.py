price = 10
discount = 2
final = price – discount
