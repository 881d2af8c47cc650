"""The team feature's messages in Chinese and English."""

from coordinator.i18n import add_messages

add_messages(
    {
        "team.bad_role": ("没有“{role}”这个角色，可选：{roles}。", "There is no role \"{role}\"; choose one of: {roles}."),
        "team.bad_name": ("名字不能为空，也不能超过 100 个字。", "A name cannot be empty or longer than 100 characters."),
        "team.name_taken": (
            "团队里已经有叫“{name}”的人了。换个名字，或用 /team role 调整此人的角色。",
            "Someone called \"{name}\" is already on the team. Pick another name, or use /team role to change their roles.",
        ),
        "team.ambiguous": (
            "有几位都叫“{name}”（{ids}），请用工号。",
            "Several members are called \"{name}\" ({ids}); please use the staff ID.",
        ),
        "team.not_found": (
            "团队名单里找不到“{name}”。请用工号（如 KF007）或 /team list 里的名字。",
            "Nobody called \"{name}\" is on the team. Use a staff ID (like KF007) or a name from /team list.",
        ),
        "team.cannot_remove_member_role": (
            "每个人都保留“member”角色，不能移除。",
            "Everyone keeps the \"member\" role; it cannot be removed.",
        ),
        "team.self_mentor": ("带教和实习不能是同一个人。", "A mentor and their trainee must be two different people."),
        "team.trainee_cannot_mentor": (
            "{name} 还是实习生，不能带教。先用 /team role 移除 trainee 角色。",
            "{name} is still a trainee and cannot mentor; remove the trainee role with /team role first.",
        ),
        "team.added": ("已添加 {name}，工号 {staff_id}，角色：{roles}。", "Added {name} as {staff_id}, roles: {roles}."),
        "team.role_granted": ("{name} 现在有角色：{roles}。", "{name} now has the roles: {roles}."),
        "team.role_unchanged": ("{name} 本来就有角色 {role}。", "{name} already has the role {role}."),
        "team.role_removed": ("已移除 {name} 的角色 {role}。现有：{roles}。", "Removed {role} from {name}. Roles now: {roles}."),
        "team.role_absent": ("{name} 没有角色 {role}，无需移除。", "{name} does not have the role {role}; nothing to remove."),
        "team.mentor_set": ("{trainee} 的带教是 {mentor}。", "{mentor} now mentors {trainee}."),
        "team.list_title": ("团队名单（{count} 人）", "Team ({count} members)"),
        "team.list_empty": (
            "名单还是空的。协调员可以用 /team add 添加成员。",
            "The team list is empty. Coordinators can add people with /team add.",
        ),
        "team.header.staff_id": ("工号", "Staff ID"),
        "team.header.name": ("名字", "Name"),
        "team.header.roles": ("角色", "Roles"),
        "team.header.mentor": ("带教", "Mentor"),
        "team.language_set": ("好的，以后用中文回复你。", "OK, I will answer you in English from now on."),
        "team.name_invisible": (
            "名字里有看不见的字符（零宽字符或方向控制符），请只用看得见的字。",
            "The name contains invisible characters (zero-width or direction controls); use visible characters only.",
        ),
        "team.name_is_mention": (
            "名字不能是 @提及。要绑定 Discord 账号，请把名字写在 member，把账号放在 user 选项里。",
            "A name cannot be an @mention. Put the name in member and the Discord account in the user option.",
        ),
        "team.name_is_staff_id": (
            "名字不能像工号（KF 加数字），工号由系统分配。请用此人的名字。",
            "A name cannot look like a staff ID (KF and digits); staff IDs are given out automatically. Use their name.",
        ),
        "team.bad_account": (
            "“{text}”不是一个 Discord 账号，请用 @ 选择此人。",
            "\"{text}\" is not a Discord account; pick the person with @.",
        ),
        "team.account_taken": (
            "这个 Discord 账号已经绑定了 {name}（{staff_id}）。",
            "That Discord account is already linked to {name} ({staff_id}).",
        ),
        "team.account_taken_plain": (
            "这个 Discord 账号已经绑定了团队里的另一位成员，请用 /team list 查看。",
            "That Discord account already belongs to another member; see /team list.",
        ),
        "team.account_unknown": (
            "这个 Discord 账号还没有绑定任何成员。协调员可以用 /team link 绑定。",
            "That Discord account is not linked to any member yet; a coordinator can link it with /team link.",
        ),
        "team.linked": ("已把 {name}（{staff_id}）和这个 Discord 账号绑定。", "Linked {name} ({staff_id}) to that Discord account."),
        "team.link_code": (
            "{name} 的一次性绑定码：{code}（24 小时内有效）。请让本人私信机器人：/link {code}",
            "One-time link code for {name}: {code} (valid for 24 hours). They DM the bot: /link {code}",
        ),
        "team.link_in_dm": (
            "绑定码请在私信里发给机器人，不要发在频道里。",
            "Send your link code to the bot in a direct message, not in a channel.",
        ),
        "team.link_burned": (
            "这个绑定码发在了别人能看到的地方，已经作废。请向协调员要一个新的，并在私信里发给机器人。",
            "That link code was posted where others can read it, so it no longer works. Ask a coordinator for a new one and send it to the bot in a DM.",
        ),
        "team.link_redeemed": (
            "绑定成功：你是 {name}（{staff_id}）。",
            "Linked: you are {name} ({staff_id}).",
        ),
        "team.link_bad_code": (
            "这个绑定码不对、已用过或已过期。请向协调员要一个新的。",
            "That link code is wrong, used or expired. Ask a coordinator for a new one.",
        ),
        "team.link_discord_only": (
            "绑定码用于 Discord 账号，请在 Discord 里私信机器人使用。",
            "Link codes are for Discord accounts; use it in a DM to the bot on Discord.",
        ),
        "team.welcome": (
            "欢迎 {name}！你已加入团队名单，工号 {staff_id}。",
            "Welcome {name}! You are now on the team list as {staff_id}.",
        ),
    }
)
