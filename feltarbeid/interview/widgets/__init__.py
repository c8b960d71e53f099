"""Small widgets of the interview app. They take state as attributes and post messages up."""
