def banner(title, width):
    line = "=" * width
    return line + "\n" + title.center(width) + "\n" + line


print(banner("REPORT", 20))
items = [("apples", 3), ("pears", 12)]
for name, qty in items:
    print(name.ljust(10) + str(qty).rjust(4))
print("Total: " + sum(q for _, q in items))
