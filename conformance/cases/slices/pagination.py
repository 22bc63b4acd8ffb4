# Paginating a list with slices.
items = [f"item{i:02d}" for i in range(1, 24)]
per_page = 5
pages = (len(items) + per_page - 1) // per_page
for page in range(1, pages + 1):
    chunk = items[(page - 1) * per_page: page * per_page]
    print(f"page {page}/{pages}: {', '.join(chunk)}")
print(items[-per_page:], items[(pages) * per_page:])
head, tail = items[:3], items[3:]
print(head, len(tail))
