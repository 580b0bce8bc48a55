import type { CatalogueRegion } from './catalogue-types.ts';

/** Lâm Đồng (with the former Đắk Nông and Bình Thuận). */
export const lamDong: CatalogueRegion = {
  producers: [
    {
      key: 'dau-tay-xuan-truong', legalName: 'Hợp tác xã Nông nghiệp công nghệ cao Xuân Trường', province: 'lam-dong', locality: 'thôn Trường Sơn, phường Xuân Trường – Đà Lạt',
      form: 'cooperative', status: 'verified', contact: 'Trần Văn Hiếu', readiness: 'retail',
      descVi: 'HTX trồng dâu tây và rau trong nhà màng, đạt VietGAP, giao hàng lạnh cho chuỗi siêu thị ở TP. Hồ Chí Minh.',
      descEn: 'Greenhouse strawberries and vegetables, VietGAP, with cold-chain delivery to Ho Chi Minh City supermarket chains.',
      lines: [
        {
          vi: 'Dâu tây Đà Lạt', en: 'Da Lat strawberries', cat: 'fruit', stars: 4, hs: '081010', shelf: 5, storage: 'chilled',
          desc: 'Dâu tây giống Mỹ Đá và New Zealand trồng giá thể trong nhà màng, quả đỏ đều, thơm và ngọt. Hái buổi sáng, làm lạnh sơ bộ và giao bằng xe lạnh trong ngày.',
          descEn: 'Strawberries grown on substrate in greenhouses: evenly red, fragrant and sweet; picked in the morning and delivered chilled the same day.',
          variants: [
            { vi: 'hộp 500 g', en: '500 g punnet', unit: 'box', moq: 100, cap: 20000, lead: 1, price: [90000, 130000], pack: 'Hộp nhựa có lỗ thoáng 500 g' },
            { vi: 'khay 2 kg cho tiệm bánh', en: '2 kg tray for bakeries', unit: 'kg', moq: 20, cap: 8000, lead: 1, price: [120000, 160000], pack: 'Khay nhựa 2 kg, thùng xốp' },
          ],
        },
      ],
    },
    {
      key: 'atiso-langbiang', legalName: 'Công ty TNHH Atiso Langbiang', province: 'lam-dong', locality: 'số 7 đường Mai Anh Đào, phường Lang Biang – Đà Lạt',
      form: 'enterprise', status: 'verified', contact: 'Võ Thị Ngọc Hân', readiness: 'retail',
      descVi: 'Chế biến trà và cao atiso từ vùng trồng atiso Đà Lạt, đạt ISO 22000.',
      lines: [
        {
          vi: 'Trà atiso túi lọc Đà Lạt', en: 'Da Lat artichoke tea bags', cat: 'tea', stars: 4, hs: '121190', shelf: 540,
          desc: 'Thân, lá và hoa atiso sấy khô, phối trộn theo tỷ lệ và đóng túi lọc. Vị ngọt nhẹ, mát, uống nóng hoặc lạnh đều ngon.',
          variants: [
            { vi: 'hộp 100 túi', en: 'box of 100 bags', unit: 'box', moq: 50, cap: 15000, lead: 5, price: [80000, 110000], pack: 'Hộp giấy 100 túi lọc 2 g' },
          ],
        },
        {
          vi: 'Cao atiso Đà Lạt', en: 'Da Lat artichoke extract', cat: 'functional-foods', stars: 4, hs: '130219', shelf: 730, status: 'rejected',
          reviewNote: 'Nhãn ghi "chữa bệnh gan" là công dụng điều trị, không được ghi cho thực phẩm; sửa nhãn và mô tả rồi gửi lại.',
          desc: 'Cao đặc nấu từ bông và lá atiso tươi, cô đặc trong nồi chân không. Pha một thìa với nước ấm uống hằng ngày.',
          variants: [
            { vi: 'hũ 200 g', en: '200 g jar', unit: 'jar', moq: 30, cap: 5000, lead: 5, price: [180000, 230000], pack: 'Hũ thủy tinh 200 g' },
          ],
        },
      ],
    },
    {
      key: 'hoa-thai-phien', legalName: 'Hợp tác xã Hoa Thái Phiên', province: 'lam-dong', locality: 'làng hoa Thái Phiên, phường Xuân Hương – Đà Lạt',
      form: 'cooperative', status: 'verified', contact: 'Nguyễn Văn Lộc', readiness: 'good',
      descVi: 'HTX của làng hoa Thái Phiên, 60 ha hoa cúc, hồng, lan trong nhà kính, xuất hoa cúc sang Nhật Bản.',
      descEn: 'Thai Phien flower village: 60 ha of greenhouse chrysanthemums, roses and orchids; chrysanthemums exported to Japan.',
      lines: [
        {
          vi: 'Hoa cúc Đà Lạt', en: 'Da Lat chrysanthemums', cat: 'flowers', stars: 4, hs: '060314', shelf: 10, storage: 'chilled', exportedTo: ['JP'],
          desc: 'Cúc đơn, cúc chùm và cúc mẫu đơn trồng trong nhà kính, cành thẳng, bông đều, cắt khi hé nụ. Xử lý dung dịch dưỡng và đóng thùng lạnh.',
          variants: [
            { vi: 'bó 20 cành', en: 'bunch of 20 stems', unit: 'pack', moq: 50, cap: 30000, lead: 2, price: [60000, 90000], pack: 'Bó giấy, thùng carton' },
            { vi: 'thùng 400 cành xuất khẩu', en: 'export carton of 400 stems', unit: 'carton', moq: 10, cap: 1500, lead: 3, price: [1100000, 1500000], pack: 'Thùng carton có lỗ thông khí, bảo quản 2–4 °C' },
          ],
        },
        {
          vi: 'Hoa hồng Đà Lạt', en: 'Da Lat roses', cat: 'flowers', stars: 3, hs: '060311', shelf: 7, storage: 'chilled',
          desc: 'Hồng cành dài 60–70 cm các màu đỏ, hồng, trắng và cam, nụ chắc. Cắt buổi sáng, ngâm dưỡng và giao lạnh về các chợ hoa.',
          variants: [
            { vi: 'bó 20 cành', en: 'bunch of 20 stems', unit: 'pack', moq: 50, cap: 20000, lead: 2, price: [80000, 120000], pack: 'Bó giấy, thùng carton' },
          ],
        },
        {
          vi: 'Lan hồ điệp Đà Lạt', en: 'Da Lat phalaenopsis orchid', cat: 'ornamental-plants', stars: 4, hs: '060290', shelf: null,
          desc: 'Lan hồ điệp nuôi cấy mô, trồng trong nhà kính có điều khiển nhiệt độ, cành dài, hoa to và bền trên bốn tuần. Cắm sẵn chậu sứ, có thể đặt màu và số cành.',
          variants: [
            { vi: 'chậu 3 cành', en: '3-stem pot', unit: 'piece', moq: 5, cap: 3000, lead: 3, price: [600000, 1200000], pack: 'Chậu sứ, hộp carton' },
            { vi: 'chậu 5 cành dịp Tết', en: '5-stem Tet pot', unit: 'piece', moq: 3, cap: 1500, lead: 5, price: [1200000, 2200000], pack: 'Chậu sứ, hộp carton', note: 'Nhận đặt trước từ tháng Mười cho dịp Tết.' },
          ],
        },
      ],
    },
    {
      key: 'ca-phe-cau-dat', legalName: 'Công ty TNHH Cà phê Đặc sản Cầu Đất', province: 'lam-dong', locality: 'thôn Trường Thọ, xã Xuân Trường',
      form: 'enterprise', status: 'verified', contact: 'Lê Minh Khoa', readiness: 'export',
      descVi: 'Trang trại và xưởng rang cà phê Arabica đặc sản ở độ cao 1.500 m, xuất khẩu sang Nhật Bản, Hàn Quốc và Úc.',
      descEn: 'Specialty Arabica farm and roastery at 1,500 m, exporting to Japan, Korea and Australia.',
      lines: [
        {
          vi: 'Cà phê Arabica Cầu Đất rang xay', en: 'Cau Dat roasted Arabica', cat: 'coffee', stars: 5, hs: '090121', shelf: 365, exportedTo: ['JP', 'KR', 'AU'],
          desc: 'Arabica Typica và Bourbon trồng ở độ cao 1.500 m, hái tay quả chín và sơ chế ướt. Rang sáng đến vừa, hương hoa nhài, vị chua cam quýt, hậu ngọt caramel.',
          variants: [
            { vi: 'hạt rang, túi 250 g', en: 'whole bean, 250 g', unit: 'pack', moq: 50, cap: 6000, lead: 5, price: [120000, 160000], pack: 'Túi van một chiều 250 g' },
            { vi: 'hạt rang, túi 1 kg', en: 'whole bean, 1 kg', unit: 'kg', moq: 10, cap: 3000, lead: 5, price: [420000, 520000], pack: 'Túi van một chiều 1 kg' },
          ],
        },
        {
          vi: 'Cà phê Arabica Cầu Đất nhân xanh', en: 'Cau Dat green Arabica', cat: 'coffee', stars: 4, hs: '090111', shelf: 540, exportedTo: ['JP'],
          desc: 'Nhân xanh sàng 16–18, sơ chế ướt hoặc mật ong, điểm cupping từ 82. Đóng túi GrainPro để giữ độ ẩm ổn định.',
          variants: [
            { vi: 'bao 30 kg', en: '30 kg bag', unit: 'kg', moq: 300, cap: 10000, lead: 14, price: [200000, 250000], pack: 'Bao đay 30 kg lót GrainPro' },
          ],
        },
      ],
    },
    {
      key: 'thanh-long-ham-thuan', legalName: 'Hợp tác xã Thanh long Hàm Thuận', province: 'lam-dong', locality: 'thôn Phú Điền, xã Hàm Thuận Nam',
      form: 'cooperative', status: 'verified', contact: 'Nguyễn Thị Huệ', readiness: 'export',
      descVi: 'HTX 200 ha thanh long đạt GlobalG.A.P. ở Bình Thuận cũ, có kho lạnh và mã vùng trồng xuất khẩu.',
      lines: [
        {
          vi: 'Thanh long Bình Thuận', en: 'Binh Thuan dragon fruit', cat: 'fruit', stars: 4, hs: '081090', legacy: 'Bình Thuận', shelf: 20, storage: 'chilled', exportedTo: ['CN', 'US', 'TH', 'KR'],
          desc: 'Thanh long được chong đèn cho ra hoa quanh năm, quả to, tai xanh, vỏ đỏ bóng, được bảo hộ chỉ dẫn địa lý Bình Thuận. Đạt GlobalG.A.P., có kho lạnh sơ chế.',
          variants: [
            { vi: 'ruột trắng, thùng 10 kg', en: 'white flesh, 10 kg carton', unit: 'kg', moq: 1000, cap: 300000, lead: 3, price: [15000, 25000], pack: 'Thùng carton 10 kg' },
            { vi: 'ruột đỏ, thùng 10 kg', en: 'red flesh, 10 kg carton', unit: 'kg', moq: 500, cap: 100000, lead: 3, price: [25000, 40000], pack: 'Thùng carton 10 kg' },
          ],
        },
      ],
    },
    {
      key: 'nuoc-mam-phan-thiet', legalName: 'Công ty Cổ phần Nước mắm Phan Thiết Biển Đông', province: 'lam-dong', locality: 'khu phố 3, phường Phan Thiết',
      form: 'enterprise', status: 'verified', contact: 'Phạm Văn Lâm', readiness: 'retail',
      descVi: 'Nhà thùng nước mắm cá cơm Phan Thiết (tỉnh Bình Thuận cũ) với 120 thùng gỗ chượp.',
      lines: [
        {
          vi: 'Nước mắm Phan Thiết', en: 'Phan Thiet fish sauce', cat: 'seasonings', stars: 4, hs: '210390', legacy: 'Bình Thuận', shelf: 730,
          desc: 'Cá cơm biển Phan Thiết ủ chượp với muối trong thùng gỗ bời lời, kéo rút nước nhĩ sau mười hai tháng. Màu nâu đỏ, mùi thơm, vị mặn dịu.',
          variants: [
            { vi: 'chai 500 ml 35 độ đạm', en: '500 ml bottle, 35°N', unit: 'bottle', moq: 120, cap: 30000, lead: 5, price: [55000, 75000], pack: 'Chai thủy tinh 500 ml, thùng 12 chai' },
            { vi: 'can 5 lít 25 độ đạm', en: '5 litre can, 25°N', unit: 'l', moq: 100, cap: 30000, lead: 5, price: [40000, 55000], pack: 'Can nhựa 5 lít' },
          ],
        },
      ],
    },
    {
      key: 'mac-ca-tuy-duc', legalName: 'Hợp tác xã Mắc ca Tuy Đức', province: 'lam-dong', locality: 'bon Bu Prăng, xã Tuy Đức',
      form: 'cooperative', status: 'pending', contact: 'Điểu Xuân', readiness: 'good',
      descVi: 'HTX trồng mắc ca xen cà phê ở Tuy Đức (tỉnh Đắk Nông cũ), có lò sấy và máy nứt vỏ.',
      lines: [
        {
          vi: 'Hạt mắc ca Đắk Nông', en: 'Dak Nong macadamia nuts', cat: 'dried-foods', stars: 4, hs: '080261', legacy: 'Đắk Nông', shelf: 365,
          desc: 'Hạt mắc ca thu hoạch tháng Tám đến tháng Mười, sấy chậm nhiều ngày rồi khía nứt vỏ, kèm dụng cụ tách. Nhân béo, giòn, vị ngọt bùi.',
          variants: [
            { vi: 'nứt vỏ, túi 500 g', en: 'cracked, 500 g bag', unit: 'pack', moq: 50, cap: 8000, lead: 5, price: [180000, 230000], pack: 'Túi zip 500 g' },
            { vi: 'nứt vỏ, thùng 10 kg', en: 'cracked, 10 kg carton', unit: 'kg', moq: 50, cap: 15000, lead: 7, price: [280000, 350000], pack: 'Thùng carton 10 kg' },
          ],
        },
      ],
    },
  ],
};
