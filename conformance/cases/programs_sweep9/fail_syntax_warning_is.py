x = 5
if x is 5:
    print("is literal")
print("tail")
raise SystemExit(f"x is {x}")
