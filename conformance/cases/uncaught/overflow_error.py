# A float overflow from the power operator.
x = 10.0
for _ in range(5):
    x = x ** 4
    print(x)
