class M:
    async def __aenter__(self):
        return self


async def main():
    async with M():
        print("unreachable")


main().send(None)
