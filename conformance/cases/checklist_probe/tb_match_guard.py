def classify(p):
    match p:
        case (x, y) if x / y > 1:
            return "steep"
        case (x, y):
            return "flat"
        case _:
            return "other"

print(classify((4, 2)))
print(classify((1, 2)))
print(classify("ab"))
print(classify((1, 0)))
