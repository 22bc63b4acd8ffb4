import base64
import json

ITEMS = [{"id": i, "title": f"post {i}", "likes": (i * 37) % 101} for i in range(1, 24)]


def encode_cursor(d):
    return base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(c):
    pad = "=" * (-len(c) % 4)
    return json.loads(base64.urlsafe_b64decode(c + pad))


def page(items, size, cursor=None, sort="id"):
    ordered = sorted(items, key=lambda x: (x[sort], x["id"]))
    start = 0
    if cursor:
        c = decode_cursor(cursor)
        start = next(i for i, x in enumerate(ordered) if (x[sort], x["id"]) > (c["v"], c["id"]))
    chunk = ordered[start:start + size]
    more = start + size < len(ordered)
    nxt = encode_cursor({"v": chunk[-1][sort], "id": chunk[-1]["id"]}) if more else None
    return chunk, nxt


cursor, n = None, 0
while True:
    chunk, cursor = page(ITEMS, 7, cursor, sort="likes")
    n += 1
    print(f"page {n}: {[x['id'] for x in chunk]} likes={[x['likes'] for x in chunk]} next={cursor}")
    if not cursor:
        break
print(decode_cursor(encode_cursor({"v": 5, "id": 99})))
total_pages = -(-len(ITEMS) // 5)
for p in (1, 3, total_pages):
    lo = (p - 1) * 5
    print(f"offset page {p}/{total_pages}: items {lo + 1}-{min(lo + 5, len(ITEMS))}")
