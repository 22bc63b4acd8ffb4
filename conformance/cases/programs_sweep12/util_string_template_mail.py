from string import Template, ascii_uppercase, digits, punctuation, capwords
import string

TEMPLATE = Template("""Dear $name,

Your order #${order_id} of $count item(s) totalling $$${total} ships on $date.
$footer""")

orders = [
    {"name": "Ann Lee", "order_id": 1042, "count": 3, "total": "59.97", "date": "Mon"},
    {"name": "Bo", "order_id": 7, "count": 1, "total": "5.00"},
]
for o in orders:
    print(TEMPLATE.safe_substitute(o, footer="-- Shop"))
    print("~" * 20)
try:
    TEMPLATE.substitute(orders[1], footer="")
except KeyError as e:
    print("KeyError", e)
try:
    Template("cost: $").substitute()
except ValueError as e:
    print("ValueError", e)


class Percent(Template):
    delimiter = "%"


print(Percent("%who likes %{what}!").substitute(who="Sam", what="ham"))
print(Template("$a $b").get_identifiers() if hasattr(Template, "get_identifiers") else "")
print(capwords("hello   world-wide web"), capwords("a-b c-d", "-"))
fmt = string.Formatter()
print(fmt.format("{0:>5}|{name:^7}|{1:.2f}", "x", 3.14159, name="mid"))
print(list(fmt.parse("a{0}b{name!r:>4}c")))
print(ascii_uppercase[:5], digits[::3], len(punctuation), string.hexdigits)
table = str.maketrans({"a": "4", "e": "3", "o": "0"}, )
print("leet code rocks".translate(table), "hello".translate(str.maketrans("", "", "l")))
