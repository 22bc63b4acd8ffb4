def helper(n):
    return [i * 2 for i in range(n)]

class Config:
    values = helper(3)
    print("values", values)
    names = {v: str(v) for v in values}
    print("names", names)
    lookup = names[99]
