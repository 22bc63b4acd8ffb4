def running_total():
    total = 0
    while True:
        amount = yield total
        total += amount


acc = running_total()
next(acc)
for amt in [10, 25, 5]:
    print("total", acc.send(amt))
print("total", acc.send("15"))
