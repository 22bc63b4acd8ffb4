# A guard expression raises while matching.
def classify(item):
    match item:
        case {"price": p} if p > 100:
            return "expensive"
        case {"price": p}:
            return "cheap"
        case _:
            return "unknown"


print(classify({"price": 150}), classify({"price": 5}), classify([]))
print(classify({"price": "free"}))
