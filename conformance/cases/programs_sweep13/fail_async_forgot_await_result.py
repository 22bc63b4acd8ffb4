import asyncio


async def get_price(item):
    await asyncio.sleep(0.01)
    return {"tea": 2.5, "cake": 4.0}[item]


async def main():
    prices = [await get_price(i) for i in ("tea", "cake")]
    print(sum(prices))
    pending = get_price("tea")
    print(type(pending).__name__)
    value = await pending
    return value + "0"


try:
    asyncio.run(main())
except TypeError as e:
    message = e.args[0]
raise TypeError(f"main failed: {message}")
