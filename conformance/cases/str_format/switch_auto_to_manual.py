# Mixing automatic and manual numbering is an error, in either order.
for fmt, args in [("{}{0}", (1,)), ("{} {1}", (1, 2)), ("{a}{}{0}", (1,))]:
    try:
        print(fmt.format(*args, a=2))
    except ValueError as e:
        print(type(e).__name__, e)
# Keyword fields do not count as numbering either way.
print("{a}{}{b}{}".format(1, 2, a="A", b="B"))
print("{a}{0}{b}{1}".format(1, 2, a="A", b="B"))
