def func():
    d = (2 + 3)
    return 9
    while d:
        d = 5
