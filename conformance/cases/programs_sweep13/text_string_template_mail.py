from string import Template


class Mail(Template):
    delimiter = "%"
    idpattern = r"[a-z][_a-z0-9]*"


letter = Template("""Dear $name,
Your order #$order_id of ${count} item(s) ships on $date.
Total: $$${total}
""")
customers = [
    {"name": "Ada", "order_id": 1001, "count": 3, "date": "Mon", "total": "59.90"},
    {"name": "Linus", "order_id": 1002, "count": 1, "date": "Tue"},
]
for c in customers:
    try:
        print(letter.substitute(c))
    except KeyError as e:
        print("missing field:", e)
        print(letter.safe_substitute(c))
m = Mail("Hi %user, you have %n_msgs new messages (100%% sure).")
print(m.substitute(user="kim", n_msgs=4))
print(m.get_identifiers(), m.is_valid())
bad = Template("cost: $5 and ${unclosed")
print(bad.is_valid())
try:
    bad.substitute()
except ValueError as e:
    print("ValueError:", e)
