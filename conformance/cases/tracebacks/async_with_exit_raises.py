class Guard:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, exc, tb):
        raise RuntimeError("cleanup failed") from exc


async def main():
    async with Guard():
        {}["missing"]


main().send(None)
