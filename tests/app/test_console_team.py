"""The team commands through the console front end, on SQLite and PostgreSQL."""

from __future__ import annotations

from tests.app.transcript import Transcript


async def test_coordinator_builds_the_team_and_staff_ids_follow_in_order(app) -> None:
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    assert "工号 KF002" in await chat.say("廖丹: /team add 小静")
    assert "工号 KF003" in await chat.say("廖丹: /team add 熊宝宝 trainee")
    listing = await chat.say("廖丹: /team list")
    assert "团队名单（3 人）" in listing
    for staff_id, name in (("KF001", "廖丹"), ("KF002", "小静"), ("KF003", "熊宝宝")):
        assert any(staff_id in row and name in row for row in listing.splitlines())


async def test_team_changes_are_refused_to_volunteers_with_the_reason(app) -> None:
    chat = Transcript(app)
    await chat.bootstrap()
    await chat.say("廖丹: /team add 小静")
    for line in ("小静: /team add 路人甲", "小静: /team role 小静 coordinator", "小静: /team mentor 小静 廖丹"):
        answer = await chat.say(line)
        assert "只有协调员可以使用" in answer
        assert "仅自己可见" in answer
    assert "路人甲" not in await chat.say("廖丹: /team list")


async def test_roles_can_be_given_and_taken_back(app) -> None:
    chat = Transcript(app)
    await chat.bootstrap()
    await chat.say("廖丹: /team add 瓦蓝")
    assert "lead" in await chat.say("廖丹: /team role 瓦蓝 组长")
    assert "本来就有角色 lead" in await chat.say("廖丹: /team role member:瓦蓝 role:lead")
    assert "已移除 瓦蓝 的角色 lead" in await chat.say("廖丹: /team role 瓦蓝 lead remove:yes")
    assert "不能移除" in await chat.say("廖丹: /team role 瓦蓝 member remove:yes")


async def test_mentor_pairing_shows_in_the_list(app) -> None:
    chat = Transcript(app)
    await chat.bootstrap()
    await chat.say("廖丹: /team add 陶然居士")
    await chat.say("廖丹: /team add 熊宝宝")
    assert "熊宝宝 的带教是 陶然居士" in await chat.say("廖丹: /team mentor 陶然居士 熊宝宝")
    row = next(r for r in (await chat.say("廖丹: /team list")).splitlines() if "熊宝宝" in r)
    assert "trainee" in row and "陶然居士" in row
    assert "实习生，不能带教" in await chat.say("廖丹: /team mentor 熊宝宝 廖丹")


async def test_bad_input_gets_one_plain_sentence(app) -> None:
    chat = Transcript(app)
    await chat.bootstrap()
    cases = {
        "廖丹: /team role 廖丹 wizard": "没有“wizard”这个角色",
        "廖丹: /teleport": "没有 /teleport 这个命令",
        "廖丹: /team add": "/team add 还需要填写 member",
        "廖丹: /team role 无名氏 lead": "团队名单里找不到“无名氏”",
        "廖丹: /team add 廖丹": "已经有叫“廖丹”的人了",
        "廖丹: /language fr": "lang 不能是“fr”",
        "没有冒号的一行": "请按“名字: 消息”",
    }
    for line, expected in cases.items():
        answer = await chat.say(line)
        assert expected in answer, answer
        assert "Traceback" not in answer


async def test_language_switch_answers_in_english(app) -> None:
    chat = Transcript(app)
    await chat.bootstrap()
    await chat.say("廖丹: /team add Lin")
    assert "English" in await chat.say("Lin: /language en")
    assert "Only coordinators can use /team add" in await chat.say("Lin: /team add Someone")
    listing = await chat.say("Lin: /team list")
    assert "Team (2 members)" in listing and "Staff ID" in listing


async def test_help_lists_every_command_with_its_usage(app) -> None:
    chat = Transcript(app)
    answer = await chat.say("小静: /help")
    for usage in ("/avail set [text] [week]", "/avail show [member] [week]", "/avail clear", "/leave [text]",
                  "/team add <member> [role]", "/team role <member> <role> [remove]",
                  "/team mentor <mentor> <trainee>", "/team list", "/help [command]"):
        assert usage in answer
