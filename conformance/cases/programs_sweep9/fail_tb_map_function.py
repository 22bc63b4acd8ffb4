def parse_price(text):
    amount, currency = text.split()
    return float(amount), currency

prices = list(map(parse_price, ["3.50 EUR", "2 USD", "free"]))
