template = "Dear {name}, your balance is {balance:,.2f} as of {date}."
print(template.format(name="Ann", balance=1234.5, date="today"))
record = {"name": "Bob", "balance": 99}
print(template.format_map(record))
