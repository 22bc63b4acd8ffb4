roots = [2 + 1j, 1 - 1j]
print(sorted(roots, key=abs))
print(sorted(roots))
