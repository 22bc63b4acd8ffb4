import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(add(1, 2)))
    print(runner.run(add(3, 4)))
    print(runner.get_loop() is loop, loop.is_closed())
print(loop.is_closed())
c = add(5, 6)
try:
    runner.run(c)
except RuntimeError as e:
    print("RuntimeError", e)
c.close()
try:
    runner.get_loop()
except RuntimeError as e:
    print("RuntimeError", e)
r = asyncio.Runner(debug=True)
print(r.get_loop().get_debug())
r.close()
r.close()
