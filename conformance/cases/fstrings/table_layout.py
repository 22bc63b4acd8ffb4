# A multiplication table and a right-aligned numeric table.
n = 9
print("    " + "".join(f"{j:4}" for j in range(1, n + 1)))
print("    " + "-" * (4 * n))
for i in range(1, n + 1):
    print(f"{i:2} |" + "".join(f"{i * j:4}" for j in range(1, n + 1)))
data = {"alpha": [1.5, 22.25, 333.125], "beta": [-4.0, 0.5, 1e3], "gamma": [0.001, 12345.6789, -0.5]}
header = f"{'name':<8}" + "".join(f"{'col' + str(k):>12}" for k in range(3))
print(header)
for key, vals in data.items():
    print(f"{key:<8}" + "".join(f"{v:>12.3f}" for v in vals))
