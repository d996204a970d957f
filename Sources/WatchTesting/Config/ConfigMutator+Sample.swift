extension ConfigMutator {
    /// A sources.yaml using every part of the format (defaults, per-host policy, selectors in
    /// CSS and XPath, encodings, pages, metrics, a webhook with match rules): the mutants' base.
    public static let sampleConfig = """
        # bureauwatch sources
        state_dir: state
        watch_dir: watch
        archive: false
        concurrency: 4
        metrics: { listen: "127.0.0.1:9464" }
        defaults:
          interval: 30m
          jitter: 10%
          timeout: 20s
          user_agent: "bureauwatch/0.1"
          per_host: { concurrency: 1, delay: 2s }
          robots: true
          recheck: 7d
        sources:
          - id: spb-news          # 行业动态
            name: 国家邮政局 · 行业动态
            kind: bureau
            url: https://www.spb.gov.cn/gjyzj/c100015/c100016/common_list.shtml
            interval: 10m
            pages: 2
            selectors:
              item: "ul li"
              link: "a"
              date: "span"
              body: "div.detail-news"
          - id: gd-news
            name: 广东省邮政管理局 · 工作动态
            kind: bureau
            url: http://gd.spb.gov.cn/gdsyzglj/c100064/common_list.shtml
            encoding: gb18030
            per_host: { concurrency: 2, delay: 500ms }
          - id: mirror-shjd
            name: 通讯邮递调研网
            kind: mirror
            url: https://mirror.example.com/news/list.html
            interval: 2h
            timeout: 30s
            robots: false
            selectors:
              item: "//table[@class='list']//tr"
              title: "td[1]"
        notify:
          - id: ops
            url: https://hooks.example.com/bureau
            format: json
            secret: not-a-real-secret
            events: [article.new, article.updated]
            match: { sources: ["spb-*"], keywords: ["通知", "公告"] }
          - id: chat
            url: https://oapi.dingtalk.com/robot/send?access_token=abc
            format: dingtalk
        """
}
