async def f():
    await 5


print("before")
f().send(None)
