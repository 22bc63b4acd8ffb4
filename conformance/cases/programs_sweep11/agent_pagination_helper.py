import math


def paginate(items, page, per_page=3):
    if per_page <= 0:
        raise ValueError("per_page must be positive")
    total_pages = max(1, math.ceil(len(items) / per_page))
    if not 1 <= page <= total_pages:
        raise IndexError(f"page {page} out of range 1..{total_pages}")
    start = (page - 1) * per_page
    return {
        "items": items[start:start + per_page],
        "page": page,
        "pages": total_pages,
        "prev": page - 1 if page > 1 else None,
        "next": page + 1 if page < total_pages else None,
    }


def page_links(current, total, width=2):
    out = []
    for p in range(1, total + 1):
        if p in (1, total) or abs(p - current) <= width:
            out.append(f"[{p}]" if p == current else str(p))
        elif out[-1] != "…":
            out.append("…")
    return " ".join(out)


data = [f"item{i}" for i in range(1, 11)]
for p in [1, 2, 4]:
    print(paginate(data, p))
for args in [(data, 5), (data, 0), (data, 1, 0), ([], 1)]:
    try:
        print(paginate(*args))
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
for cur in [1, 5, 10, 20]:
    print(page_links(cur, 20))
