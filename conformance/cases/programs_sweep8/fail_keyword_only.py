def report(title, *rows, width=20, sep="-"):
    print(title.center(width, sep))
    for r in rows:
        print(f"{r:^{width}}")
report("Hi", "a", "bb", width=10)
report("Hi", "a", widht=10)
