import asyncio


async def ticker(symbol, prices):
    for p in prices:
        await asyncio.sleep(0.01)
        yield symbol, p


async def moving_average(stream, window):
    buf = []
    async for symbol, price in stream:
        buf.append(price)
        if len(buf) > window:
            buf.pop(0)
        yield symbol, price, sum(buf) / len(buf)


async def main():
    prices = [10.0, 10.5, 11.25, 10.75, 12.0, 12.5]
    async for sym, price, avg in moving_average(ticker("ACME", prices), 3):
        flag = "up" if price > avg else "down" if price < avg else "flat"
        print(f"{sym} {price:6.2f} avg={avg:7.3f} {flag}")
    squares = [x * x async for _, x in ticker("SQ", [1, 2, 3])]
    print(squares)


asyncio.run(main())
