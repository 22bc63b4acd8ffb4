handlers = []
for i in range(3):
    handlers.append(lambda: ["zero", "one", "two"][i])
print([h() for h in handlers])
fixed = [lambda i=i: ["zero", "one", "two"][i] for i in range(3)]
print([h() for h in fixed])
i = 3
print(handlers[0]())
