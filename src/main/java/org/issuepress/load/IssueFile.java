package org.issuepress.load;

import java.util.List;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.BindingStyle;

/** The shape of issue.yaml, as the editor writes it. The loader turns it into the model. */
@Doc("An issue of a periodical: metadata, cover, masthead and the order of its articles")
public record IssueFile(
        @Required @Doc("short id of the issue, used for the output folder, e.g. 2021-01") String id,
        @Required @Doc("the magazine's title, e.g. 郑州三农") String title,
        @Required @Doc("the issue as printed on the cover, e.g. 2021.01") String issue,
        @Required @Doc("running number of the issue (总第N期)") Integer number,
        @Doc("title of a special issue, e.g. 脱贫攻坚纪实专刊") String special,
        @Doc("the magazine's motto printed on the contents page") String motto,
        @Doc("the supervising body line on the cover, e.g. 郑州市农业农村工作委员会主管") String authority,
        @Doc("printing permit number, e.g. [审郑州连]00013号") String permit,
        @Doc("distribution notice on the cover, e.g. 内部资料 免费交流") String notice,
        @Doc("publisher named in the PDF metadata") String publisher,
        @Doc("language of the text, default zh-CN") String language,
        @Doc("subject for the PDF metadata") String subject,
        @Doc("keywords for the PDF metadata") List<String> keywords,
        @Required @Doc("the front cover") CoverEntry cover,
        @Required @Doc("the colophon: board, staff, imprint") MastheadEntry masthead,
        @Doc("file with the foreword (卷首语), e.g. foreword.txt") Ref foreword,
        @Required @Doc("the sections in order") List<SectionEntry> sections,
        @Doc("lines printed on the back cover") List<String> backCover,
        @Doc("print settings: trim, bleed, paper, copies") PrintEntry print,
        SourcePos pos) {

    @Doc("The front cover")
    public record CoverEntry(
            @Doc("the cover line (required), e.g. 登封贫困村易地搬迁") String line,
            @Doc("cover photo file; leave out for a marked placeholder") Ref photo,
            @Doc("what the photo shows (封面说明), e.g. 伏羲山") String photoCaption,
            @Doc("photographer (摄影)") String photographer,
            SourcePos pos) {
    }

    @Doc("The colophon")
    public record MastheadEntry(
            @Doc("编委会: role and names") List<RoleEntry> committee,
            @Doc("editorial staff: role and names") List<RoleEntry> staff,
            @Doc("imprint lines: 主管单位, 主办单位, 地址 … 印数") List<RoleEntry> imprint,
            SourcePos pos) {
    }

    @Doc("A role and the names or text printed after it")
    public record RoleEntry(
            @Required @Doc("the role as printed, e.g. 主编") String role,
            @Doc("the people, in printed order") List<String> names,
            @Doc("the text printed after the role, for imprint lines") String value,
            SourcePos pos) {
    }

    @Doc("A section of the magazine")
    public record SectionEntry(
            @Doc("short id, default from the pinyin") String id,
            @Required @Doc("Chinese title, e.g. 显著成就") String title,
            @Doc("pinyin banner, e.g. XIANZHUCHENGJIU") String pinyin,
            @Doc("article files, when the section has no parts; each a file, or a file with a page plan") List<ArticleEntry> articles,
            @Doc("named groups of articles, e.g. 区县(市)扶贫篇") List<PartEntry> parts,
            SourcePos pos) {
    }

    @Doc("A named group of articles inside a section")
    public record PartEntry(
            @Doc("the group's title, e.g. 区县(市)扶贫篇") String title,
            @Doc("its pinyin, if printed") String pinyin,
            @Doc("article files in order, each a file or a file with a page plan; [] while there are none yet (the part is left out)") List<ArticleEntry> articles,
            SourcePos pos) {
    }

    @Shorthand("file")
    @Doc("An article: its file (articles/021-gongyi.txt), or its file with a page plan (版面计划): "
            + "{file: articles/021-gongyi.txt, pages: 4, start: 21}")
    public record ArticleEntry(
            @Required @Doc("the article file, e.g. articles/021-gongyi.txt") Ref file,
            @Doc("pages the article is planned to fill; the layout ends it on its last planned page or says by how much it is over or under") Integer pages,
            @Doc("the folio (page number) the article is planned to start on; the pages before it are fitted to it or it is reported") Integer start,
            SourcePos pos) {
    }

    @Doc("Print settings; everything has a default")
    public record PrintEntry(
            @Doc("trim width in mm (default 210)") Double trimWidth,
            @Doc("trim height in mm (default 285)") Double trimHeight,
            @Doc("bleed in mm (default 3)") Double bleed,
            @Doc("copies printed (印数)") Integer copies,
            @Doc("paper, e.g. 120g铜版纸") String paper,
            @Doc("paper thickness per leaf in mm, for the spine (default 0.13)") Double caliper,
            @Doc("output condition of the PDF/X file (default Japan Color 2001 Coated)") String outputCondition,
            @Doc("its registered identifier (default JC200103)") String outputConditionId,
            @Doc("inside pages are padded with blank pages to a multiple of this (default 4)") Integer padTo,
            @Doc("perfect (胶装, a square spine) or saddle (骑马钉, no spine); default: saddle up to saddle_up_to inside pages, else perfect") BindingStyle binding,
            @Doc("the most inside pages a saddle-stitched issue has when binding is not given (default 48; confirm with the print shop)") Integer saddleUpTo,
            @Doc("the narrowest spine in mm that carries the spine text (default 5); a narrower spine is printed plain") Double spineTextMin,
            @Doc("the cover's paper for the job ticket (委印单), e.g. 200g铜版纸") String coverPaper,
            @Doc("whom the print shop calls (委印单位, 联系人, 电话), printed on the job ticket") ContactEntry contact,
            @Doc("when the copies are due (交货日期), e.g. 2021-01-25") String delivery,
            SourcePos pos) {
    }

    @Doc("Whom the print shop calls about the job")
    public record ContactEntry(
            @Doc("委印单位, e.g. 郑州市农业信息中心") String unit,
            @Doc("联系人") String name,
            @Doc("电话, e.g. 0371-67170759") String phone,
            SourcePos pos) {
    }
}
