from string import Template, Formatter

letter = Template("""Dear $title $last,
Your order #$order of ${qty}x $item ships on $date.
Total: $$${total}""")
rows = [
    {"title": "Dr.", "last": "Who", "order": 1, "qty": 2, "item": "scarf", "date": "Mon", "total": "19.90"},
    {"title": "Ms.", "last": "Lee", "order": 2, "qty": 1, "item": "lamp", "date": "Tue"},
]
for r in rows:
    try:
        print(letter.substitute(r))
    except KeyError as e:
        print("missing", e, "->", letter.safe_substitute(r).splitlines()[-1])
print("-" * 20)
fields = sorted({f for _, f, _, _ in Formatter().parse("{a} and {b:>3} and {a!r}") if f})
print(fields, Template("$x $y").get_identifiers() if hasattr(Template, "get_identifiers") else "")


class Upper(Template):
    delimiter = "%"


print(Upper("%who is %{what}").substitute(who="it", what="here"))
try:
    Template("bad $ end").substitute()
except ValueError as e:
    print("ValueError", e)
