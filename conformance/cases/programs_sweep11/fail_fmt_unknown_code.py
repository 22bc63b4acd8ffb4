for value in [3.14159, 2.71828]:
    print(f"{value:.2f}")
print(f"{42:q}")
