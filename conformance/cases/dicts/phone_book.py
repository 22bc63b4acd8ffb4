# A phone book program: add, lookup, rename and list.
book = {}


def add(name, number):
    if name in book:
        print(f"updating {name}: {book[name]} -> {number}")
    book[name] = number


def lookup(name):
    try:
        return book[name]
    except KeyError:
        return f"no entry for {name}"


def rename(old, new):
    if old not in book:
        raise KeyError(old)
    book[new] = book.pop(old)


add("Ann", "555-0101")
add("Ben", "555-0199")
add("Cat", "555-0142")
add("Ben", "555-0100")
print(lookup("Ben"), lookup("Dan"))
rename("Ann", "Anne")
try:
    rename("Zed", "Z")
except KeyError as e:
    print("KeyError", e)
for name in sorted(book):
    print(f"{name:<6}{book[name]}")
print(book)
print({v: k for k, v in book.items()}["555-0142"])
