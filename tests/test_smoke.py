from tests.factories import make_user


def test_home_for_a_member(client, login_as):
    user = login_as(make_user(name="Elena Ciobanu"))
    response = client.get("/")
    assert "Hello, Elena Ciobanu" in response.get_data(as_text=True)
    assert user.email in client.get("/account/email").get_data(as_text=True)
