def func():
    for d in range(256):
        return (9 or 2)
    e = 4
    e = 7
    e = (e <= e)
